import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

import { ROOT } from '../support/server-deps';

const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!kubectl) console.warn('kubectl (with kustomize v5) is not installed: the Kubernetes manifest tests are skipped');

/** The overlays read git-ignored secret files; a scratch copy gets placeholders so it renders. */
const work = mkdtempSync(path.join(tmpdir(), 'sd-k8s-'));
cpSync(path.join(ROOT, 'k8s'), path.join(work, 'k8s'), { recursive: true });
const PLACEHOLDER = 'placeholder-secret-value';
for (const env of ['test', 'live']) {
  const dir = path.join(work, 'k8s/overlays', env, 'secrets');
  mkdirSync(path.join(dir, 'stripe'), { recursive: true });
  for (const file of [
    'database-url',
    'session-secret',
    'admin-password',
    'metrics-token',
    `stripe/${env}-secret-key`,
    `stripe/${env}-webhook-secret`,
  ]) {
    writeFileSync(path.join(dir, file), PLACEHOLDER);
  }
}
afterAll(() => rmSync(work, { recursive: true, force: true }));

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: any };

function render(overlay: string): K8sObject[] {
  const text = execFileSync('kubectl', ['kustomize', path.join(work, 'k8s/overlays', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(text).map((doc) => doc.toJS() as K8sObject);
}

/** The kubernetes-models class for an object, which validates it against the Kubernetes schema. */
async function model(object: K8sObject) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const modulePath =
    group === 'monitoring.coreos.com'
      ? `@kubernetes-models/prometheus-operator/${object.apiVersion}/${object.kind}`
      : `kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`;
  const module = (await import(modulePath)) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = module[object.kind];
  if (!Model) throw new Error(`no model for ${object.apiVersion} ${object.kind}`);
  return new Model(object);
}

describe.skipIf(!kubectl).each(['test', 'live'])('k8s/overlays/%s', (overlay) => {
  const objects = kubectl ? render(overlay) : [];
  const find = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployment = () => find('Deployment')[0] as K8sObject;
  const server = () => deployment().spec.template.spec.containers[0];

  it('renders only objects valid against the Kubernetes schemas', async () => {
    expect(objects.map((o) => o.kind).sort()).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'Ingress',
        'Job',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'PodMonitor',
        'PrometheusRule',
        'Secret',
        'Service',
      ].sort(),
    );
    // validate() throws with the schema's complaint for an invalid object.
    for (const object of objects) (await model(object)).validate();
  });

  it('runs 2+ replicas with probes, limits, non-root and a read-only root filesystem', () => {
    const spec = deployment().spec;
    expect(spec.replicas).toBeGreaterThanOrEqual(2);
    expect(server().livenessProbe.httpGet.path).toBe('/healthz');
    expect(server().readinessProbe.httpGet.path).toBe('/readyz');
    expect(server().startupProbe).toBeDefined();
    expect(server().resources.requests).toBeDefined();
    expect(server().resources.limits).toBeDefined();
    expect(spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(server().securityContext.readOnlyRootFilesystem).toBe(true);
    expect(server().securityContext.allowPrivilegeEscalation).toBe(false);
    expect(spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
  });

  it('reads every secret from the mounted Secret through *_FILE, and keeps none in the ConfigMap', () => {
    const secret = find('Secret')[0] as K8sObject;
    const volume = deployment().spec.template.spec.volumes.find((v: any) => v.secret);
    expect(volume.secret.secretName).toBe(secret.metadata.name);
    const mount = server().volumeMounts.find((m: any) => m.name === volume.name);
    const env = Object.fromEntries(server().env.map((e: any) => [e.name, e.value]));
    for (const [name, key] of [
      ['SESSION_SECRET_FILE', 'session-secret'],
      ['STRIPE_SECRET_KEY_FILE', 'stripe-secret-key'],
      ['STRIPE_WEBHOOK_SECRET_FILE', 'stripe-webhook-secret'],
      ['DATABASE_URL_FILE', 'database-url'],
      ['METRICS_TOKEN_FILE', 'metrics-token'],
    ] as const) {
      expect(env[name]).toBe(`${mount.mountPath}/${key}`);
      expect(Object.keys(secret.data)).toContain(key);
    }
    const config = find('ConfigMap')[0] as K8sObject;
    const text = JSON.stringify(config.data);
    expect(text).not.toMatch(/sk_(test|live)_|whsec_|postgres:\/\/|SECRET|PASSWORD/);
    expect(text).not.toContain(Buffer.from(PLACEHOLDER).toString('base64'));
    expect(config.data.NODE_ENV).toBe('production');
  });

  it('believes the one ingress hop in front of the pods, and scrapes /metrics with its token', () => {
    expect((find('ConfigMap')[0] as K8sObject).data.TRUST_PROXY).toBe('1');
    const [endpoint] = (find('PodMonitor')[0] as K8sObject).spec.podMetricsEndpoints;
    expect(endpoint.path).toBe('/metrics');
    expect(endpoint.authorization).toEqual({
      type: 'Bearer',
      credentials: { name: (find('Secret')[0] as K8sObject).metadata.name, key: 'metrics-token' },
    });
  });

  it('routes the webhook, pay pages and GraphQL, and migrates in a Job', () => {
    const paths = (find('Ingress')[0] as K8sObject).spec.rules[0].http.paths.map((p: any) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/webhooks/stripe', '/pay/', '/graphql']));
    const job = find('Job')[0] as K8sObject;
    expect(job.spec.template.spec.containers[0].args).toEqual(['server/dist/db/migrate.js']);
    const secret = find('Secret')[0] as K8sObject;
    expect(secret.data['stripe-secret-key']).toBe(Buffer.from(PLACEHOLDER).toString('base64'));
  });
});
