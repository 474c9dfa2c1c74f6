// SPDX-License-Identifier: MIT
namespace Edge.Reports;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its action on the reporting thread, at once. <see cref="Progress{T}"/>
/// posts to the thread pool, so values arrive late and out of order; a progress bar needs them now.
/// </summary>
/// <typeparam name="T">The progress value.</typeparam>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => report(value);
}
