// SPDX-License-Identifier: MIT
using System.Device.Gpio;
using System.Device.Spi;
using Edge.Firmware.Bench.Hal;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;
using Edge.Firmware.Platform;
using Iot.Device.Board;
using Iot.Device.Ft232H;
using Iot.Device.Ft4222;

namespace Edge.Firmware.Bench.Buses;

/// <summary>
/// Real chips through dotnet/iot's board abstraction: a Raspberry Pi (spidev + GPIO), or an FT232H / FT4222 USB bridge
/// on a PC. Pulses are timed by the host's high-resolution clock (sleep, then spin the last 1.5 ms).
/// </summary>
public sealed class IotBus : IBenchBus
{
    // Linux schedules a sleeping thread within about a millisecond; spin the rest so pulses never stretch.
    private const int SpinMicroseconds = 1500;

    private readonly Board board;
    private readonly GpioController gpio;
    private readonly GpioController muxGpio;
    private readonly List<IDisposable> owned = [];

    private IotBus(string description, Board board, GpioController? muxGpio, BenchPinMap map)
    {
        Description = description;
        this.board = board;
        gpio = board.CreateGpioController();
        this.muxGpio = muxGpio ?? gpio;

        // Every EN low before anything else: the switches stay open however the pins came up.
        var mux = new IGpioPin[map.MuxLines.Length];
        foreach (int index in new[] { 3, 4, 6, 0, 1, 2, 5 })
        {
            mux[index] = Output(this.muxGpio, map.MuxLines[index], PinValue.Low);
        }

        if (map.DacClear >= 0)
        {
            Output(gpio, map.DacClear, PinValue.High);
        }

        if (map.AdcReset >= 0)
        {
            Output(gpio, map.AdcReset, PinValue.High);
        }

        if (map.DacReset >= 0)
        {
            Output(gpio, map.DacReset, PinValue.High);
        }

        Wiring = new ReferenceBoardWiring
        {
            DacSpi = Spi(map, map.DacChipSelect),
            AdcSpi = Spi(map, map.AdcChipSelect),
            AdcDataReady = new GpioPinAdapter(gpio.OpenPin(map.AdcDataReady, PinMode.Input)),
            CurrentLimitFlag = map.CurrentLimitFlag >= 0 ? new GpioPinAdapter(gpio.OpenPin(map.CurrentLimitFlag, PinMode.Input)) : null,
            CellA0 = mux[0],
            CellA1 = mux[1],
            CellA2 = mux[2],
            CellEnable0 = mux[3],
            CellEnable1 = mux[4],
            PathA0 = mux[5],
            PathEnable = mux[6],
        };
        DeviceClock = new MicrosecondClock(new StopwatchCounter(), SpinMicroseconds);
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public ReferenceBoardWiring Wiring { get; }

    /// <inheritdoc/>
    public IClock DeviceClock { get; }

    /// <summary>A Raspberry Pi's SPI0 and GPIO header (<see cref="BenchPinMap.RaspberryPi"/>).</summary>
    public static IotBus RaspberryPi() =>
        new("Raspberry Pi SPI0 + GPIO", new RaspberryPiBoard(), null, BenchPinMap.RaspberryPi);

    /// <summary>The first FT232H on USB (<see cref="BenchPinMap.Ft232H"/>).</summary>
    public static IotBus Ft232H()
    {
        var devices = Ft232HDevice.GetFt232H();
        if (devices.Count == 0)
        {
            throw new BenchUsageException("--bus ft232h: no FT232H found on USB (is libftd2xx installed and the device plugged in?).");
        }

        return new IotBus($"FT232H {devices[0].SerialNumber}", devices[0], null, BenchPinMap.Ft232H);
    }

    /// <summary>The first FT4222 on USB for SPI, DRDY and the flag; the mux lines on the host's GPIO (<see cref="BenchPinMap.Ft4222"/>).</summary>
    public static IotBus Ft4222()
    {
        var devices = Ft4222Device.GetFt4222();
        if (devices.Count == 0)
        {
            throw new BenchUsageException("--bus ft4222: no FT4222 found on USB (is libft4222 installed and the device plugged in?).");
        }

        return new IotBus($"FT4222 {devices[0].SerialNumber} + host GPIO", devices[0], new GpioController(), BenchPinMap.Ft4222);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }

        if (!ReferenceEquals(muxGpio, gpio))
        {
            muxGpio.Dispose();
        }

        gpio.Dispose();
        board.Dispose();
    }

    private static GpioPinAdapter Output(GpioController controller, int pin, PinValue initial)
    {
        var opened = controller.OpenPin(pin, PinMode.Output);
        opened.Write(initial);
        return new GpioPinAdapter(opened);
    }

    private SpiDeviceAdapter Spi(BenchPinMap map, int chipSelect)
    {
        // Both converters sample on the falling SCLK edge with SCLK idle low: SPI mode 1 (pinmap.md), MSB first.
        var settings = new SpiConnectionSettings(map.SpiBus, chipSelect)
        {
            Mode = SpiMode.Mode1,
            ClockFrequency = map.SpiClockHz,
            DataFlow = DataFlow.MsbFirst,
        };
        var adapter = new SpiDeviceAdapter(board.CreateSpiDevice(settings));
        owned.Add(adapter);
        return adapter;
    }
}
