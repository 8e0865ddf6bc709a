// Validates rendered manifests (kubectl kustomize output on stdin) against the Kubernetes schemas of the npm package
// kubernetes-models, then checks what kubeledger's CronJobs promise: the nightly run after OpenCost's export, the
// monthly one for the previous month once its bill is final, no overlapping runs, a hardened pod, limits matching the
// heap, workload identity; for a sharded fleet, an Indexed Job of one pod per shard and a reports run after it.
// Exits non-zero naming each problem.
import { readFileSync } from "node:fs";
import { parseAllDocuments, parse } from "yaml";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";

const models = { "batch/v1/CronJob": CronJob, "v1/ConfigMap": ConfigMap, "v1/ServiceAccount": ServiceAccount };
const name = process.argv[2] ?? "manifests";
const problems = [];
const documents = parseAllDocuments(readFileSync(0, "utf8")).map((doc) => doc.toJS()).filter(Boolean);

for (const doc of documents) {
  const Model = models[`${doc.apiVersion}/${doc.kind}`];
  if (!Model) {
    problems.push(`${doc.kind} ${doc.metadata?.name}: no schema known for ${doc.apiVersion}/${doc.kind}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    problems.push(`${doc.kind} ${doc.metadata?.name}: ${e.message}`);
  }
  for (const label of ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/part-of"]) {
    if (!doc.metadata?.labels?.[label]) problems.push(`${doc.kind} ${doc.metadata?.name}: no ${label} label`);
  }
}

const cronJobs = documents.filter((doc) => doc.kind === "CronJob");
const configMap = documents.find((doc) => doc.kind === "ConfigMap");
const account = documents.find((doc) => doc.kind === "ServiceAccount");
const nightly = cronJobs.find((doc) => doc.metadata.name === "kubeledger");
const monthEnd = cronJobs.find((doc) => doc.metadata.name === "kubeledger-month-end");
if (!nightly) problems.push("no CronJob kubeledger (the nightly run)");
if (!monthEnd) problems.push("no CronJob kubeledger-month-end (the previous month from its final bill)");
const reportDates = (cronJob) => cronJob.spec.jobTemplate.spec.template.spec.containers[0].args
    .filter((arg) => arg.startsWith("reportDate="));
if (nightly && reportDates(nightly).length) {
  problems.push("CronJob kubeledger: a reportDate argument (the nightly run reports on yesterday)");
}
if (monthEnd) {
  const schedule = monthEnd.spec.schedule;
  if (!(Number(schedule.split(" ")[2]) >= 4)) {
    problems.push(`CronJob kubeledger-month-end: schedule '${schedule}' runs before the 4th, `
      + "when the previous month's bill may still change");
  }
  if (reportDates(monthEnd).join() !== "reportDate=end-of-last-month") {
    problems.push("CronJob kubeledger-month-end: not run with reportDate=end-of-last-month");
  }
}
for (const cronJob of cronJobs) {
  const expect = (ok, problem) => ok || problems.push(`CronJob ${cronJob.metadata.name}: ${problem}`);
  const spec = cronJob.spec;
  const [minute, hour] = spec.schedule.split(" ").map(Number);
  expect(hour * 60 + minute > 10, `schedule '${spec.schedule}' runs before OpenCost's 00:10 export`);
  expect(spec.timeZone, "no explicit timeZone");
  expect(spec.concurrencyPolicy === "Forbid", "concurrencyPolicy is not Forbid");
  expect(spec.startingDeadlineSeconds > 0, "no startingDeadlineSeconds");
  expect(spec.successfulJobsHistoryLimit >= 1 && spec.failedJobsHistoryLimit >= 1, "no history limits");
  const job = spec.jobTemplate.spec;
  expect(job.backoffLimit !== undefined && job.activeDeadlineSeconds > 0, "no backoffLimit or activeDeadlineSeconds");
  const pod = job.template.spec;
  expect(pod.restartPolicy === "Never", "restartPolicy is not Never");
  for (const [code, why] of [[75, "another run holds the job database"], [78, "the configuration is wrong"],
    [65, "an input is bad"]]) {
    expect((job.podFailurePolicy?.rules ?? []).some((rule) => rule.action === "FailJob"
        && rule.onExitCodes?.operator === "In" && rule.onExitCodes.values.includes(code)),
      `no podFailurePolicy ending the Job on exit code ${code} (${why})`);
  }
  expect((job.podFailurePolicy?.rules ?? []).some((rule) => rule.action === "Ignore"
      && rule.onPodConditions?.some((condition) => condition.type === "DisruptionTarget")),
    "no podFailurePolicy retrying an evicted pod without counting it against backoffLimit");
  expect(job.template.metadata?.labels?.["azure.workload.identity/use"] === "true", "pod not labelled for workload identity");
  expect(pod.serviceAccountName === account?.metadata?.name, "the pod does not run as the ServiceAccount");
  expect(pod.securityContext?.runAsNonRoot === true, "runAsNonRoot is not true");
  expect(pod.securityContext?.seccompProfile?.type === "RuntimeDefault", "seccomp is not RuntimeDefault");
  for (const container of pod.containers) {
    const sc = container.securityContext ?? {};
    expect(sc.readOnlyRootFilesystem === true, `${container.name}: root filesystem not read-only`);
    expect(sc.allowPrivilegeEscalation === false, `${container.name}: privilege escalation allowed`);
    expect(sc.capabilities?.drop?.includes("ALL"), `${container.name}: capabilities not all dropped`);
    const javaOptions = container.env.find((e) => e.name === "JAVA_TOOL_OPTIONS")?.value ?? "";
    const heap = /-Xmx(\d+)([mg])/.exec(javaOptions);
    for (const option of ["-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:InitialSurvivorRatio=4"]) {
      expect(javaOptions.split(/\s+/).includes(option), `${container.name}: JAVA_TOOL_OPTIONS lacks ${option} (docs/benchmark.md, Benchmark)`);
    }
    const limit = container.resources?.limits?.memory ?? "";
    const limitMi = limit.endsWith("Gi") ? parseFloat(limit) * 1024 : parseFloat(limit);
    const heapMi = heap ? Number(heap[1]) * (heap[2] === "g" ? 1024 : 1) : NaN;
    expect(heap && limitMi >= heapMi * 1.4, `${container.name}: memory limit ${limit} leaves too little above the heap`);
    expect(container.resources?.requests?.memory === limit, `${container.name}: memory request differs from its limit`);
    const mounts = container.volumeMounts.map((m) => m.mountPath);
    expect(mounts.includes("/tmp"), `${container.name}: no writable /tmp`);
  }
  for (const volume of pod.volumes.filter((v) => v.name === "out" || v.name === "tmp")) {
    expect(volume.emptyDir, `volume ${volume.name} is not an emptyDir`);
  }
}
// A sharded fleet (kubeledger.shard.count above 1): each computing CronJob runs one pod per shard at once, phase
// 'compute', and a reports CronJob of the same report date follows it the same day, retrying while shards finish.
let config;
try {
  config = parse(configMap?.data?.["application.yaml"] ?? "");
} catch (e) {
  problems.push(`ConfigMap: application.yaml is not YAML: ${e.message}`);
}
const shards = Number(config?.kubeledger?.shard?.count ?? 1);
const env = (cronJob, variable) => cronJob.spec.jobTemplate.spec.template.spec.containers[0].env
    .find((e) => e.name === variable)?.value;
const phase = (cronJob) => env(cronJob, "KUBELEDGER_PHASE") ?? config?.kubeledger?.phase ?? "all";
const minutes = (schedule) => {
  const [minute, hour] = schedule.split(" ").map(Number);
  return hour * 60 + minute;
};
const sameDays = (one, other) => one.spec.schedule.split(" ").slice(2).join(" ")
    === other.spec.schedule.split(" ").slice(2).join(" ");
if (shards > 1) {
  const computing = cronJobs.filter((cronJob) => phase(cronJob) !== "reports");
  const reporting = cronJobs.filter((cronJob) => phase(cronJob) === "reports");
  for (const cronJob of computing) {
    const expect = (ok, problem) => ok || problems.push(`CronJob ${cronJob.metadata.name}: ${problem}`);
    const job = cronJob.spec.jobTemplate.spec;
    expect(phase(cronJob) === "compute", `phase '${phase(cronJob)}' with ${shards} shards (a shard runs 'compute')`);
    expect(job.completionMode === "Indexed", "not an Indexed Job (each pod's JOB_COMPLETION_INDEX is its shard)");
    expect(job.completions === shards && job.parallelism === shards,
      `completions ${job.completions} and parallelism ${job.parallelism} are not kubeledger.shard.count (${shards})`);
    expect(env(cronJob, "KUBELEDGER_SHARD_INDEX") === undefined, "sets the shard index, which each pod has from its completion index");
    const follower = reporting.find((reports) => reportDates(reports).join() === reportDates(cronJob).join()
        && sameDays(reports, cronJob) && minutes(reports.spec.schedule) > minutes(cronJob.spec.schedule));
    expect(follower, "no reports CronJob of the same report date scheduled after it on the same days");
  }
  for (const cronJob of reporting) {
    const job = cronJob.spec.jobTemplate.spec;
    if (!(job.backoffLimit >= 6)) {
      problems.push(`CronJob ${cronJob.metadata.name}: backoffLimit ${job.backoffLimit} gives up before slow shards finish (at least 6)`);
    }
  }
}

if (!account?.metadata?.annotations?.["azure.workload.identity/client-id"]) {
  problems.push("ServiceAccount: no azure.workload.identity/client-id annotation");
}
if (!config?.kubeledger) problems.push("ConfigMap: application.yaml has no kubeledger section");

if (problems.length) {
  console.error(`${name}: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`${name}: ${documents.length} objects valid`);
