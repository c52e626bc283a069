import { Agent } from 'undici';

const agents = new Map<string, Agent>();

/**
 * A connection pool whose sockets leave from `address`: every address in 127.0.0.0/8 is loopback
 * on Linux, so one machine plays many clients, each seen by the server as its own peer.
 */
export function from(address: string): Agent {
  let agent = agents.get(address);
  if (!agent) {
    agent = new Agent({ localAddress: address });
    agents.set(address, agent);
  }
  return agent;
}

export async function closeClientAddresses(): Promise<void> {
  await Promise.all([...agents.values()].map((agent) => agent.close()));
  agents.clear();
}
