// SPDX-License-Identifier: MIT
using CsCheck;

namespace Edge.Reliability.Tests.Fuzz;

/// <summary>Generators of hostile inputs: random bytes, and a valid seed file mutated the ways fuzzers mutate.</summary>
public static class Mutations
{
    /// <summary>A quarter random bytes, the rest 1..8 stacked mutations of <paramref name="seed"/>.</summary>
    public static Gen<byte[]> Of(byte[] seed) => Gen.Frequency(
        (1, Gen.Byte.Array[0, 2 * seed.Length + 16]),
        (3, Gen.Int[1, 8].SelectMany(n => Gen.Int[0, 6].Array[n].SelectMany(kinds => Gen.ULong.Select(s => Apply(seed, kinds, s))))));

    private static byte[] Apply(byte[] seed, int[] kinds, ulong state)
    {
        var data = new List<byte>(seed);
        var random = new Random((int)(state ^ (state >> 32)));
        foreach (int kind in kinds)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (kind)
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8)); // bit flip
                    break;
                case 1 when data.Count > 0:
                    data[at] = (byte)random.Next(256); // byte change
                    break;
                case 2:
                    data.Insert(at, (byte)random.Next(256)); // insertion
                    break;
                case 3 when data.Count > 0:
                    data.RemoveAt(at); // deletion
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at); // truncation
                    break;
                case 5 when data.Count > 4:
                    // interesting values at a random place: 0, -1, max int, a huge length
                    byte[] value = random.Next(4) switch { 0 => [0, 0, 0, 0], 1 => [0xFF, 0xFF, 0xFF, 0xFF], 2 => [0xFF, 0xFF, 0xFF, 0x7F], _ => [0x00, 0x00, 0x01, 0x00] };
                    for (int i = 0; i < 4 && at + i < data.Count; i++)
                    {
                        data[at + i] = value[i];
                    }

                    break;
                default:
                    // splice: copy a block of the file over another place
                    if (data.Count > 2)
                    {
                        int from = random.Next(data.Count);
                        int length = random.Next(1, Math.Min(64, data.Count - from) + 1);
                        var block = data.GetRange(from, length);
                        data.InsertRange(at, block);
                    }

                    break;
            }
        }

        return data.ToArray();
    }
}
