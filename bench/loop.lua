-- A 200-million-iteration integer loop: the same program as loop.go.
local sum = 0
for i = 0, 200000000 - 1 do
  sum = sum + (i ~ (i >> 3))
end
print(sum)
