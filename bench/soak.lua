-- wrk script of bench/soak.sh: story, outlet, province and regency pages, search (HTML and API) and the articles API,
-- each request from another client address (X-Forwarded-For, read from loopback as from a trusted proxy), so the
-- per-client rate limits see a stream of new clients as a national portal does. Counts answers by status.
local paths, threads = {}, {}
counts = { ok = 0, redirect = 0, limited = 0, other = 0 } -- global: done() reads it from each thread

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("GET", paths[math.random(#paths)], {
    ["X-Forwarded-For"] = address,
    ["Accept-Encoding"] = "gzip, deflate, br",
    ["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ["User-Agent"] = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
  })
end

function response(status, headers, body)
  if status < 300 then counts.ok = counts.ok + 1
  elseif status < 400 then counts.redirect = counts.redirect + 1
  elseif status == 429 then counts.limited = counts.limited + 1
  else counts.other = counts.other + 1 end
end

function done(summary, latency, requests)
  local total = { ok = 0, redirect = 0, limited = 0, other = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
  end
  local e = summary.errors
  io.write(string.format("mixed %.0f %.2f %.2f %d %d %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total.ok, total.redirect, total.limited, total.other,
    e.connect + e.read + e.write + e.timeout))
end
