// SPDX-License-Identifier: MIT
using Xunit;

namespace Edge.Analog.Tests.Architecture;

/// <summary>
/// The project arrows of docs/architecture.md, read from the project files and sources, so a forbidden reference or a
/// namespace cycle fails the build's tests instead of waiting for a review.
/// </summary>
public sealed class LayeringTests
{
    private static string Project(string relative) => Path.Combine(SourceTree.Root, relative);

    [Theory]
    [InlineData("host/Edge.Simulation/Edge.Simulation.csproj", "Edge.Host")]
    [InlineData("host/Edge.Simulation/Edge.Simulation.csproj", "Edge.Host.Virtual")]
    [InlineData("host/Edge.Simulation/Edge.Simulation.csproj", "Edge.Hardware")]
    [InlineData("host/Edge.Host/Edge.Host.csproj", "Edge.Hardware")]
    [InlineData("host/Edge.Host/Edge.Host.csproj", "Edge.Simulation")]
    [InlineData("host/Edge.Host/Edge.Host.csproj", "Edge.Firmware.Core")]
    [InlineData("host/Edge.Reports/Edge.Reports.csproj", "Edge.Host")]
    [InlineData("host/Edge.Host/Edge.Host.csproj", "Edge.DeviceFit")]
    [InlineData("host/Edge.Simulation/Edge.Simulation.csproj", "Edge.DeviceFit")]
    [InlineData("host/Edge.DeviceFit/Edge.DeviceFit.csproj", "Edge.Host")]
    [InlineData("host/Edge.DeviceFit/Edge.DeviceFit.csproj", "Edge.Simulation")]
    public void A_project_does_not_reference_a_layer_it_must_not_know(string project, string forbidden)
    {
        var references = SourceTree.ProjectReferences(Project(project));
        Assert.DoesNotContain(forbidden, references);
    }

    [Fact]
    public void The_analog_kernel_references_only_the_shared_formats_and_math()
    {
        var path = Project("host/Edge.Analog/Edge.Analog.csproj");
        Assert.All(SourceTree.ProjectReferences(path), r => Assert.Equal("Edge.Shared", r));
        Assert.All(SourceTree.PackageReferences(path), p => Assert.Equal("MathNet.Numerics", p));
    }

    [Theory]
    [InlineData("host/Edge.Analog", "Edge.Analog")]
    [InlineData("host/Edge.Host", "Edge.Host")]
    [InlineData("host/Edge.Host.Virtual", "Edge.Host.Virtual")]
    [InlineData("host/Edge.Simulation", "Edge.Simulation")]
    [InlineData("host/Edge.Reports", "Edge.Reports")]
    [InlineData("host/Edge.Cli", "Edge.Cli")]
    [InlineData("host/Edge.DeviceFit", "Edge.DeviceFit")]
    public void No_namespace_cycle_inside_a_project(string directory, string rootNamespace)
    {
        var graph = SourceTree.NamespaceGraph(Project(directory), rootNamespace);
        Assert.NotEmpty(graph);
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, cycle is null ? string.Empty : $"namespace cycle in {directory}: {string.Join(" -> ", cycle.Select(n => Describe(graph, cycle, n)))}");
    }

    [Fact]
    public void The_cycle_finder_reports_a_two_namespace_loop()
    {
        var graph = new Dictionary<string, Dictionary<string, List<string>>>
        {
            ["A"] = new() { ["B"] = ["a.cs"] },
            ["B"] = new() { ["A"] = ["b.cs"] },
            ["C"] = new() { ["A"] = ["c.cs"] },
        };
        Assert.Equal(["A", "B"], FindCycle(graph)!.Order(StringComparer.Ordinal));
        graph["B"].Clear();
        Assert.Null(FindCycle(graph));
    }

    private static string Describe(Dictionary<string, Dictionary<string, List<string>>> graph, List<string> cycle, string node)
    {
        int next = (cycle.IndexOf(node) + 1) % cycle.Count;
        return graph[node].TryGetValue(cycle[next], out var files) ? $"{node} ({string.Join(", ", files)})" : node;
    }

    /// <summary>One cycle of the graph (its nodes in order), or null when it has none (depth-first search).</summary>
    private static List<string>? FindCycle(Dictionary<string, Dictionary<string, List<string>>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            var found = Visit(start);
            if (found is not null)
            {
                return found;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return path.Skip(path.IndexOf(node)).ToList();
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                var found = Visit(next);
                if (found is not null)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
