#!/usr/bin/env python3
"""Where a sampled trace's CPU went: reads a speedscope file written by `dotnet-trace convert --format Speedscope`
from a `dotnet-sampled-thread-time` trace and prints the top frames by share of the samples taken on a CPU (the
trace marks them with a CPU_TIME leaf; waits are UNMANAGED_CODE_TIME), exclusive and inclusive, and the callers of
contended locks (Monitor.Enter_Slowpath).
Usage: speedscope-cpu.py TRACE.speedscope.json [N]"""
import collections, json, sys

path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
trace = json.load(open(path))
frames = [f['name'] for f in trace['shared']['frames']]
exclusive, inclusive, contended = collections.Counter(), collections.Counter(), collections.Counter()
total = 0.0
for profile in trace['profiles']:          # one evented profile per thread: open/close events over time
    stack, last = [], None
    for event in profile['events']:
        at = event['at']
        if last is not None and len(stack) > 1 and at > last and frames[stack[-1]] == 'CPU_TIME':
            names = [frames[i] for i in stack[:-1]]
            weight = at - last
            total += weight
            exclusive[names[-1]] += weight
            for name in set(names):
                inclusive[name] += weight
            if 'Monitor.Enter_Slowpath' in names[-1]:
                contended[' <- '.join(reversed(names[-4:-1]))] += weight
        if event['type'] == 'O':
            stack.append(event['frame'])
        else:
            stack.pop()
        last = at
print(f'{total / 1000:.1f} s of samples on a CPU')
for title, counter in (('exclusive', exclusive), ('inclusive', inclusive), ('contended locks, by caller', contended)):
    print(f'--- {title}')
    for name, weight in counter.most_common(top):
        print(f'{100 * weight / total:6.2f}%  {name[:200]}')
