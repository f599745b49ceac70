-- wrk script for scripts/load-test.sh: POST /api/v1/applications with a valid registration
-- (the body of registration() in crates/backend/tests/api.rs), each request with its own
-- Idempotency-Key and passport number, and a count of the 201 replies.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local body_template = [[
{"service":"registration","lang":"en","answers":{
"applicant.role":"host","person.surname":"Smith","person.given_names":"Anna",
"person.date_of_birth":"1990-01-31","person.sex":"female","person.citizenship":"GB",
"person.arrived_from":"TR","document.type":"passport","document.number":"%s",
"document.issuing_country":"GB","document.issued":"2020-05-01","document.expires":"2030-05-01",
"entry.basis":"visa_free","stay.arrival":"2026-11-20","stay.departure":"2026-12-15",
"address.district":"AZ-BA","address.street":"Nizami küçəsi","address.building":"5",
"host.kind":"person","host.fin":"5ABC12D","host.phone":"+994 50 123 45 67","upload.passport":"%s","declaration":"yes"}}]]

function init(args)
  run = args[1] or tostring(os.time())
  -- The id of the passport copy scripts/load-test.sh uploaded first.
  upload = args[2] or ""
  sent, created, refused = 0, 0, 0
  first_refusal = nil
end

function request()
  sent = sent + 1
  local key = string.format("load-%s-%d-%d", run, id, sent)
  local number = string.format("L%d%08d", id, sent)
  return wrk.format("POST", "/api/v1/applications", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
  }, string.format(body_template, number, upload))
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    refused = refused + 1
    if not first_refusal then first_refusal = status .. " " .. body end
  end
end

function done(summary, latency, requests)
  local created_all, refused_all, why = 0, 0, nil
  for _, t in ipairs(threads) do
    created_all = created_all + t:get("created")
    refused_all = refused_all + t:get("refused")
    why = why or t:get("first_refusal")
  end
  local seconds = summary.duration / 1e6
  io.write("\n")
  io.write(string.format("applications created (201): %d in %.1f s\n", created_all, seconds))
  io.write(string.format("submissions per second:     %.0f\n", created_all / seconds))
  io.write(string.format("latency p50 / p99 / max:    %.2f / %.2f / %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("other replies:              %d\n", refused_all))
  if why then io.write("first other reply:          " .. why .. "\n") end
  io.write(string.format("socket errors:              connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
