// Requests to ever new paths, as a script probing ids would send them: half of them 4 KB long, eight at a time
// over kept-alive connections. Shared by the sandbox memory test and the bench's demo-server heap figure.
import * as http from 'http';

function get(agent: http.Agent, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject);
  });
}

export async function requestUniquePaths(baseUrl: string, total: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const long = 'x'.repeat(4000);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await get(agent, `${baseUrl}/products/${i}${i % 2 ? `/${long}` : ''}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: 8 }, worker));
  } finally {
    agent.destroy();
  }
}
