-- Spectral norm (n=1000): the same program as spectral.go (indices kept 0-based in A).
local n = 1000

-- a returns entry (i, j) of the infinite matrix A = 1 / ((i+j)(i+j+1)/2 + i + 1).
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) // 2 + i + 1)
end

-- mulAv sets out = A v.
local function mulAv(v, out)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + a(i - 1, j - 1) * v[j]
    end
    out[i] = sum
  end
end

-- mulAtv sets out = A^T v.
local function mulAtv(v, out)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + a(j - 1, i - 1) * v[j]
    end
    out[i] = sum
  end
end

-- mulAtAv sets out = A^T A v, using tmp as scratch space.
local function mulAtAv(v, out, tmp)
  mulAv(v, tmp)
  mulAtv(tmp, out)
end

local u, v, tmp = {}, {}, {}
for i = 1, n do
  u[i], v[i], tmp[i] = 1.0, 0.0, 0.0
end
for _ = 1, 10 do
  mulAtAv(u, v, tmp)
  mulAtAv(v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
