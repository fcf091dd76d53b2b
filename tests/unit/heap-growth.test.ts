import { execFileSync } from 'node:child_process';
import { DEFAULT_HEAP_GROWTH_PERCENT, heapGrowthPercent } from '@/lib/heap-growth';

describe('HEAP_GROWTH_PERCENT', () => {
  it('defaults when unset or blank, and takes whole numbers from 0 to 400', () => {
    expect(heapGrowthPercent(undefined)).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(heapGrowthPercent(' ')).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(heapGrowthPercent('0')).toBe(0);
    expect(heapGrowthPercent('30')).toBe(30);
    expect(heapGrowthPercent('400')).toBe(400);
  });

  it('warns and uses the default for anything else', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['-5', '12.5', 'lots', '401']) expect(heapGrowthPercent(bad)).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls[0][0]).toContain('HEAP_GROWTH_PERCENT="-5"');
    warn.mockRestore();
  });
});

describe('the heap growth flag, set while the process runs', () => {
  // What lib/heap-growth.ts relies on: V8 reads the flag at each full collection, so setting it after start-up (from
  // instrumentation.ts) bounds the heap. A Node whose V8 read it only at launch would fail here.
  const program = (flag: string) => `
    const v8 = require('node:v8');
    ${flag}
    const live = [];
    for (let i = 0; i < 5e5; i++) live.push({ a: 'x' + i, b: [i] });
    let young = [];
    let max = 0;
    for (let r = 0; r < 120; r++) {
      for (let i = 0; i < 50000; i++) young.push({ s: 'y' + i + r, t: [i, r] });
      if (young.length > 200000) young = young.slice(100000);
      max = Math.max(max, process.memoryUsage().heapTotal);
    }
    process.stdout.write(String(max));`;
  const maxHeap = (flag: string) => Number(execFileSync(process.execPath, ['-e', program(flag)], { encoding: 'utf8' }));

  it('keeps a heap with much short-lived garbage far smaller than V8 left alone', () => {
    const free = maxHeap('');
    const limited = maxHeap("v8.setFlagsFromString('--heap-growing-percent=30');");
    expect(limited).toBeLessThan(free * 0.7);
  });
});
