// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// One device-file field the fit estimates, with the map between its value and the unconstrained number the optimiser
/// moves (a log for positive quantities, a scaled logit for bounded ones), so every step stays in the field's range.
/// </summary>
/// <param name="JsonName">The device-file field (docs/device-model.md).</param>
/// <param name="Unit">Unit of the value, for the report.</param>
/// <param name="ToFree">Value -> unconstrained number, given the device (for fields defined relative to another).</param>
/// <param name="FromFree">Unconstrained number -> device with the field set.</param>
/// <param name="Get">The field's value.</param>
public sealed record FittedParameter(
    string JsonName,
    string Unit,
    Func<DeviceParameters, double> ToFree,
    Func<DeviceParameters, double, DeviceParameters> FromFree,
    Func<DeviceParameters, double> Get);
