// The flinkey API v3 client: one typed method per read endpoint, on top of ClientBase (headers, tokens, errors).
import * as l10n from '@vscode/l10n';
import type { EventsRequest, FlinkeyApi, QueryOptions, RequestOptions } from './api';
import { ASSUMPTIONS } from './assumptions';
import { ClientBase, id, partial, postToken } from './clientBase';
import { FlinkeyError, isFlinkeyError } from './errors';
import type { Assignment, Car, CarEvent, Customer, Group, Key, Product, Service, Token, User } from './models';
import * as parse from './validate';
import * as fleet from './validateFleet';
import { userQueries } from './userIds';

export type { ClientOptions, SharedState } from './clientBase';
export type QueryCollection = fleet.Collection;

const COLLECTIONS: readonly QueryCollection[] = ['products', 'services', 'cars', 'users'];

export class FlinkeyClient extends ClientBase implements FlinkeyApi {
  getToken(username: string, password: string, signal?: AbortSignal): Promise<Token> {
    this.shared.redactor.add(password);
    return this.guard(async () => {
      const deadlineAt = Date.now() + this.shared.transport.deadlineMs;
      const token = await postToken(this.shared, username, password, deadlineAt, signal);
      this.shared.session.adopt(token);
      return token;
    });
  }

  getCustomers(signal?: AbortSignal): Promise<Customer[]> {
    return this.guard(async () => parse.parseCustomers(await this.get('/customers', { signal, withCustomer: false })));
  }

  getProducts(opts?: RequestOptions): Promise<Product[]> {
    return this.guard(async () => parse.parseProducts(await this.data('/products', opts), partial(opts)));
  }

  getProduct(productId: number, opts?: RequestOptions): Promise<Product> {
    return this.guard(async () => parse.parseProduct(await this.data(`/products/${id(productId, 'productId')}`, opts), partial(opts)));
  }

  getProductService(productId: number, opts?: RequestOptions): Promise<Service> {
    return this.guard(async () =>
      parse.parseService(await this.data(`/products/${id(productId, 'productId')}/services`, opts), partial(opts)),
    );
  }

  getProductCar(productId: number, opts?: RequestOptions): Promise<Car> {
    return this.guard(async () => parse.parseCar(await this.data(`/products/${id(productId, 'productId')}/cars`, opts), partial(opts)));
  }

  getServices(opts?: RequestOptions): Promise<Service[]> {
    return this.guard(async () => parse.parseServices(await this.data('/services', opts), partial(opts)));
  }

  getService(serviceId: number, opts?: RequestOptions): Promise<Service> {
    return this.guard(async () => parse.parseService(await this.data(`/services/${id(serviceId, 'serviceId')}`, opts), partial(opts)));
  }

  getServiceProduct(serviceId: number, opts?: RequestOptions): Promise<Product> {
    return this.guard(async () =>
      parse.parseProduct(await this.data(`/services/${id(serviceId, 'serviceId')}/products`, opts), partial(opts)),
    );
  }

  getCars(opts?: RequestOptions): Promise<Car[]> {
    return this.guard(async () => fleet.parseCars(await this.data('/cars', opts), partial(opts)));
  }

  getCar(carId: number, opts?: RequestOptions): Promise<Car> {
    return this.guard(async () => parse.parseCar(await this.data(`/cars/${id(carId, 'carId')}`, opts), partial(opts)));
  }

  getCarAssignments(carId: number, opts?: RequestOptions): Promise<Assignment[]> {
    return this.guard(async () => fleet.parseAssignments(await this.data(`/cars/${id(carId, 'carId')}/assignments`, opts), partial(opts)));
  }

  getCarEvents(carId: number, opts: EventsRequest): Promise<CarEvent[]> {
    return this.guard(async () => {
      const top: unknown = opts?.query?.top;
      if (typeof top !== 'number' || !Number.isSafeInteger(top) || top < 0) {
        throw new FlinkeyError(
          'badRequest',
          l10n.t('Events are only ever requested a page at a time: give $top (for example 50) when listing the events of a car.'),
        );
      }
      return fleet.parseEvents(await this.data(`/cars/${id(carId, 'carId')}/events`, opts), partial(opts));
    });
  }

  getAssignment(assignmentId: number, opts?: RequestOptions): Promise<Assignment> {
    return this.guard(async () =>
      fleet.parseAssignment(await this.data(`/assignments/${id(assignmentId, 'assignmentId')}`, opts), partial(opts)),
    );
  }

  getEvent(eventId: number, opts?: RequestOptions): Promise<CarEvent> {
    return this.guard(async () => fleet.parseEvent(await this.data(`/events/${id(eventId, 'eventId')}`, opts), partial(opts)));
  }

  getUsers(opts?: RequestOptions): Promise<User[]> {
    return this.guard(async () => fleet.parseUsers(await this.data('/users', opts), partial(opts)));
  }

  getUser(userId: number, opts?: RequestOptions): Promise<User> {
    return this.guard(async () => fleet.parseUser(await this.data(`/users/${id(userId, 'userId')}`, opts), partial(opts)));
  }

  getUsersByIds(userIds: readonly number[], signal?: AbortSignal): Promise<User[]> {
    return this.guard(async () => {
      const queries = userQueries(userIds.map((u) => id(u, 'userId')));
      const pages = await Promise.all(queries.map(async (query) => fleet.parseUsers(await this.data('/users', { query, signal }))));
      return pages.flat();
    });
  }

  getGroups(signal?: AbortSignal): Promise<Group[]> {
    return this.guard(async () => fleet.parseGroups(await this.data('/groups', { signal })));
  }

  getGroupCars(groupId: number, signal?: AbortSignal): Promise<Car[]> {
    return this.guard(async () => fleet.parseCars(await this.data(`/groups/${id(groupId, 'groupId')}/cars`, { signal })));
  }

  getBrands(opts?: RequestOptions): Promise<string[]> {
    return this.guard(async () => fleet.parseBrands(await this.get('/brands', { ...opts, withCustomer: false })));
  }

  getBrandKeys(brand: string, opts?: RequestOptions): Promise<Key[]> {
    return this.guard(async () => {
      if (typeof brand !== 'string' || brand.trim() === '') {
        throw new FlinkeyError('badRequest', l10n.t('A brand name is needed to look up its keys.'));
      }
      const path = `/brands/${encodeURIComponent(brand)}/keys`;
      const extra = `$expand=${ASSUMPTIONS.keysExpand}`;
      try {
        return fleet.parseKeys(await this.get(path, { ...opts, withCustomer: false, extra }), partial(opts));
      } catch (e) {
        throw isInvalidBrand(e)
          ? new FlinkeyError('badRequest', l10n.t('The key catalogue has no brand named "{0}".', brand), e.details)
          : e;
      }
    });
  }

  /** For the query feature: rows as sent (documented fields only, types checked); partial when `select` is set. */
  query(collection: QueryCollection, query: QueryOptions, signal?: AbortSignal): Promise<Record<string, unknown>[]> {
    return this.guard(async () => {
      if (!COLLECTIONS.includes(collection)) {
        throw new FlinkeyError(
          'config',
          l10n.t('Only {0} can be queried as a list, not "{1}".', COLLECTIONS.join(', '), String(collection)),
        );
      }
      const body = await this.data(`/${collection}`, { query, signal });
      return fleet.parseRows(collection, body, !!query.select);
    });
  }
}

/** The documented 400 of /brands/{brand}/keys: `Invalid brand provided.` */
function isInvalidBrand(e: unknown): e is FlinkeyError {
  return isFlinkeyError(e, 'badRequest') && e.details.status === 400 && /^invalid brand/i.test(e.details.reason ?? '');
}
