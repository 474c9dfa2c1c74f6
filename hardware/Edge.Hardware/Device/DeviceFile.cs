// SPDX-License-Identifier: MIT
using System.Text;
using System.Text.Json;

namespace Edge.Hardware.Device;

/// <summary>Reads and writes device files (one JSON object, snake_case fields, see docs/device-model.md).</summary>
internal static class DeviceFile
{
    public static DeviceParameters Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: device file not found.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static DeviceParameters Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new InvalidDataException(
                $"{sourceName}: not valid JSON at line {error.LineNumber + 1}: {error.Message} (a device file is one object such as {{\"hrs_ohm\": 880, \"lrs_ohm\": 740, \"seed\": 1}}).",
                error);
        }

        using (document)
        {
            return Read(document.RootElement, sourceName);
        }
    }

    private static DeviceParameters Read(JsonElement root, string sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{sourceName}: the device file must be one JSON object, not {root.ValueKind}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        DeviceParameters parameters = DeviceParameters.Paper;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new InvalidDataException($"{sourceName}: field '{property.Name}' appears twice; give it once.");
            }

            if (property.Name == DeviceFileFields.Seed)
            {
                parameters = parameters with { Seed = ReadSeed(property.Value, sourceName) };
                continue;
            }

            DeviceField? field = DeviceFileFields.Find(property.Name);
            if (field is null)
            {
                throw new InvalidDataException(
                    $"{sourceName}: unknown field '{property.Name}'; the known fields are {string.Join(", ", DeviceFileFields.AllNames())}.");
            }

            parameters = field.Set(parameters, ReadNumber(property.Value, field, sourceName));
        }

        foreach (string required in new[] { DeviceFileFields.Hrs.JsonName, DeviceFileFields.Lrs.JsonName, DeviceFileFields.Seed })
        {
            if (!seen.Contains(required))
            {
                throw new InvalidDataException(
                    $"{sourceName}: required field '{required}' is missing (every device file gives hrs_ohm, lrs_ohm and seed, e.g. {{\"hrs_ohm\": 880, \"lrs_ohm\": 740, \"seed\": 1}}).");
            }
        }

        parameters.Validate(sourceName);
        return parameters;
    }

    private static double ReadNumber(JsonElement value, DeviceField field, string sourceName)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number))
        {
            throw new InvalidDataException(
                $"{sourceName}: field '{field.JsonName}' must be {field.RangeText()} ({field.Meaning}), not {Describe(value)}.");
        }

        return number;
    }

    private static int ReadSeed(JsonElement value, string sourceName)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int seed) || seed < 0)
        {
            throw new InvalidDataException(
                $"{sourceName}: field '{DeviceFileFields.Seed}' must be an integer from 0 to {int.MaxValue}, not {Describe(value)}.");
        }

        return seed;
    }

    private static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? $"the string \"{value.GetString()}\"" : value.GetRawText();

    public static string ToJson(DeviceParameters parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber(DeviceFileFields.Hrs.JsonName, parameters.HrsOhm);
            writer.WriteNumber(DeviceFileFields.Lrs.JsonName, parameters.LrsOhm);
            writer.WriteNumber(DeviceFileFields.Seed, parameters.Seed);
            foreach (DeviceField field in DeviceFileFields.Optional)
            {
                writer.WriteNumber(field.JsonName, field.Get(parameters));
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
