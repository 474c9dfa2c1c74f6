// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>Programming direction (paper Fig. 2-3). The wire and table value is the enum value.</summary>
    public enum Direction : byte
    {
        /// <summary>From HRS toward LRS: R falls, conductance rises; positive write voltage.</summary>
        Potentiation = 1,

        /// <summary>From LRS toward HRS: R rises; negative write voltage.</summary>
        Depression = 2,
    }
}
