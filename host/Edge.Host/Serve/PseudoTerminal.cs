// SPDX-License-Identifier: MIT
using System.Runtime.InteropServices;
using System.Text;

namespace Edge.Host.Serve;

/// <summary>
/// A real Linux pseudo-terminal (posix_openpt/grantpt/unlockpt/ptsname_r). The virtual board owns the master side;
/// hosts open the slave path (/dev/pts/N) with System.IO.Ports exactly like a USB serial adapter. The server keeps the
/// slave open itself (in raw mode) so the master never sees a hang-up between host sessions.
/// </summary>
public sealed partial class PseudoTerminal : IDisposable
{
    private const int ORdWr = 2;
    private const int ONoCtty = 0x100;
    private const int TcsaNow = 0;
    private const int EIntr = 4;
    private const int EAgain = 11;
    private const int EIo = 5;
    private int master;
    private int slave;

    private PseudoTerminal(int master, int slave, string slavePath)
    {
        this.master = master;
        this.slave = slave;
        SlavePath = slavePath;
    }

    /// <summary>The device path a host opens (e.g. /dev/pts/3).</summary>
    public string SlavePath { get; }

    /// <summary>Creates a pty in raw mode.</summary>
    public static PseudoTerminal Open()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("edge board serve --pty needs Linux pseudo-terminals; use --tcp PORT elsewhere.");
        }

        int master = PosixOpenPt(ORdWr | ONoCtty);
        if (master < 0 || GrantPt(master) != 0 || UnlockPt(master) != 0)
        {
            throw new IOException($"Cannot create a pseudo-terminal (errno {Marshal.GetLastPInvokeError()}).");
        }

        var name = new byte[128];
        if (PtsNameR(master, name, (nuint)name.Length) != 0)
        {
            throw new IOException($"ptsname_r failed (errno {Marshal.GetLastPInvokeError()}).");
        }

        string path = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
        int slave = OpenPath(path, ORdWr | ONoCtty);
        if (slave < 0)
        {
            throw new IOException($"Cannot open {path} (errno {Marshal.GetLastPInvokeError()}).");
        }

        MakeRaw(slave);
        MakeRaw(master);
        return new PseudoTerminal(master, slave, path);
    }

    /// <summary>Reads what the host sent; blocks until bytes arrive. Returns 0 when nothing could be read.</summary>
    public int Read(byte[] buffer)
    {
        while (true)
        {
            nint n = ReadFd(master, buffer, (nuint)buffer.Length);
            if (n > 0)
            {
                return (int)n;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (n < 0 && errno == EIntr)
            {
                continue;
            }

            if (n < 0 && (errno == EIo || errno == EAgain))
            {
                Thread.Sleep(20);
                continue;
            }

            return 0;
        }
    }

    /// <summary>Sends bytes to the host.</summary>
    public void Write(byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            var slice = offset == 0 ? buffer : buffer.AsSpan(offset, count).ToArray();
            nint n = WriteFd(master, slice, (nuint)count);
            if (n < 0)
            {
                if (Marshal.GetLastPInvokeError() == EIntr)
                {
                    continue;
                }

                throw new IOException($"write to the pty failed (errno {Marshal.GetLastPInvokeError()}).");
            }

            offset += (int)n;
            count -= (int)n;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (slave >= 0)
        {
            CloseFd(slave);
            slave = -1;
        }

        if (master >= 0)
        {
            CloseFd(master);
            master = -1;
        }
    }

    private static void MakeRaw(int fd)
    {
        // struct termios is 60 bytes on glibc/x86-64 and aarch64; a larger buffer is harmless.
        var termios = new byte[128];
        if (TcGetAttr(fd, termios) == 0)
        {
            CfMakeRaw(termios);
            TcSetAttr(fd, TcsaNow, termios);
        }
    }

    [LibraryImport("libc", EntryPoint = "posix_openpt", SetLastError = true)]
    private static partial int PosixOpenPt(int flags);

    [LibraryImport("libc", EntryPoint = "grantpt", SetLastError = true)]
    private static partial int GrantPt(int fd);

    [LibraryImport("libc", EntryPoint = "unlockpt", SetLastError = true)]
    private static partial int UnlockPt(int fd);

    [LibraryImport("libc", EntryPoint = "ptsname_r", SetLastError = true)]
    private static partial int PtsNameR(int fd, byte[] buffer, nuint length);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenPath(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadFd(int fd, byte[] buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteFd(int fd, byte[] buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int CloseFd(int fd);

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    private static partial int TcGetAttr(int fd, byte[] termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    private static partial int TcSetAttr(int fd, int optionalActions, byte[] termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    private static partial void CfMakeRaw(byte[] termios);
}
