// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>Range checks shared by the table parsers; each returns Ok or the status to report.</summary>
    internal static class FieldChecks
    {
        public static StatusCode Millivolts(int magnitude)
        {
            return magnitude < FormatLimits.MinWriteMillivolts || magnitude > FormatLimits.MaxWriteMillivolts
                ? StatusCode.TableValueOutOfRange
                : StatusCode.Ok;
        }

        public static StatusCode Width(uint widthMicroseconds)
        {
            return widthMicroseconds < FormatLimits.MinWidthMicroseconds || widthMicroseconds > FormatLimits.MaxWidthMicroseconds
                ? StatusCode.TableValueOutOfRange
                : StatusCode.Ok;
        }

        public static StatusCode Resistance(uint milliohms)
        {
            return milliohms < FormatLimits.MinMilliohms || milliohms > FormatLimits.MaxMilliohms
                ? StatusCode.TableValueOutOfRange
                : StatusCode.Ok;
        }

        public static StatusCode DirectionValue(int value)
        {
            return value == (int)Direction.Potentiation || value == (int)Direction.Depression
                ? StatusCode.Ok
                : StatusCode.TableBadDirection;
        }
    }
}
