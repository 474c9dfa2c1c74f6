// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Hardware.Device;

namespace Edge.Host.Virtual;

/// <summary>Device files (<c>--sim DEVICE.json</c>) for the virtual board, with the errors every command reports the same way.</summary>
public static class DeviceFiles
{
    /// <summary>Loads a device file, or the paper preset when none is given.</summary>
    public static DeviceParameters Load(string? path)
    {
        if (path is null)
        {
            return DeviceParameters.Paper;
        }

        try
        {
            var device = DeviceParameters.Load(path);
            Edge.Analog.Formats.RunProvenance.Current.AddInput("device", path);
            return device;
        }
        catch (InvalidDataException ex)
        {
            throw new EdgeException(ExitCode.BadInput, ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: device file not found.", ex);
        }
    }
}
