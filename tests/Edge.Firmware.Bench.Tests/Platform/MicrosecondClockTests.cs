// SPDX-License-Identifier: MIT
using Edge.Firmware.Platform;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Platform;

public sealed class MicrosecondClockTests
{
    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(1.0, 0)]
    [InlineData(800.0, 1500)]
    [InlineData(5000.0, 1999)]
    public void A_wait_never_ends_early_and_sleeps_only_outside_the_spun_tail(double durationMs, int overshootMicroseconds)
    {
        var counter = new FakeCounter { SleepOvershootMicroseconds = overshootMicroseconds };
        var clock = new MicrosecondClock(counter, spinMicroseconds: 2000);
        long start = counter.Current;

        clock.Wait(durationMs);

        // The clock's own first and last reads each cost one spin step; a sleep overshoot below the spun tail costs nothing.
        long waited = counter.Current - start;
        long wanted = (long)Math.Round(durationMs * 1000);
        Assert.InRange(waited, wanted, wanted + (3 * FakeCounter.DefaultSpinStepMicroseconds));
        if (durationMs > 4)
        {
            Assert.True(counter.SleptMilliseconds > 0.9 * (durationMs - 3));
        }
    }

    [Fact]
    public void Now_counts_milliseconds_from_creation()
    {
        var counter = new FakeCounter { SpinStepMicroseconds = 0 };
        counter.Advance(123_456_789);
        var clock = new MicrosecondClock(counter, 1000);
        counter.Advance(2_500_700);

        Assert.Equal(2500, clock.NowMs);
        Assert.Equal(2_500_700, clock.NowMicroseconds);
    }

    /// <summary>A counter that moves 3 us per read (a spin; 0 to freeze it) and sleeps exactly as asked plus a fixed overshoot.</summary>
    private sealed class FakeCounter : IMicrosecondCounter
    {
        public const int DefaultSpinStepMicroseconds = 3;

        private long now = 1_000_000;

        public long SpinStepMicroseconds { get; init; } = DefaultSpinStepMicroseconds;

        public long Current => now;

        public int SleepOvershootMicroseconds { get; init; }

        public long SleptMilliseconds { get; private set; }

        public long NowMicroseconds
        {
            get
            {
                now += SpinStepMicroseconds;
                return now;
            }
        }

        public void Sleep(int milliseconds)
        {
            Assert.True(milliseconds > 0);
            SleptMilliseconds += milliseconds;
            now += (milliseconds * 1000L) + SleepOvershootMicroseconds;
        }

        public void Advance(long microseconds) => now += microseconds;
    }
}
