-- Fannkuch-redux (n=10): the same program as fannkuch.go (tables 1-based, values 0-based).
local n = 10

-- fannkuch visits all n! permutations and returns the alternating-sign flip
-- checksum and the largest number of prefix reversals any permutation needed.
local function fannkuch()
  local p, perm, count = {}, {}, {}
  for i = 1, n do
    p[i], perm[i], count[i] = i - 1, 0, 0
  end
  local checksum, maxFlips, index = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r] = r
      r = r - 1
    end

    -- Count the flips for this permutation, working on a copy.
    for i = 1, n do
      perm[i] = p[i]
    end
    local flips = 0
    local k = perm[1]
    while k ~= 0 do
      local i, j = 1, k + 1
      while i < j do
        perm[i], perm[j] = perm[j], perm[i]
        i, j = i + 1, j - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > maxFlips then
      maxFlips = flips
    end
    if index % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end

    -- Advance to the next permutation by rotating prefixes.
    while true do
      if r == n then
        return checksum, maxFlips
      end
      local first = p[1]
      for i = 1, r do
        p[i] = p[i + 1]
      end
      p[r + 1] = first
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then
        break
      end
      r = r + 1
    end
    index = index + 1
  end
end

local checksum, maxFlips = fannkuch()
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, maxFlips))
