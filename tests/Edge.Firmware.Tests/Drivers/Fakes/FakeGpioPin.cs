// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Drivers.Fakes;

/// <summary>A pin that logs writes as "NAME=0/1" into a log shared by several pins, and reads from a queue (then its level).</summary>
internal sealed class FakeGpioPin : IGpioPin
{
    private readonly string name;
    private readonly List<string> log;

    public FakeGpioPin(string name, List<string> log)
    {
        this.name = name;
        this.log = log;
    }

    public bool Level { get; set; }

    public Queue<bool> LevelsToRead { get; } = new();

    public int Reads { get; private set; }

    public void Write(bool high)
    {
        Level = high;
        log.Add(name + "=" + (high ? "1" : "0"));
    }

    public bool Read()
    {
        Reads++;
        return LevelsToRead.Count > 0 ? LevelsToRead.Dequeue() : Level;
    }
}
