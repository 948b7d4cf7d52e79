// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Options { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  interface Histogram { p50: number; p90: number; p99: number; average: number }
  interface Result { requests: { average: number; total: number }; latency: Histogram; non2xx: number; errors: number; timeouts: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
