using System.Buffers.Binary;
using System.Text;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// Reads the protocol buffers wire format field by field, which is what an OTLP/HTTP body is: enough to decode the few
/// messages the dashboard shows, skipping every field it does not know, as protobuf readers must.
/// </summary>
/// <exception cref="InvalidDataException">The bytes are not well-formed protobuf.</exception>
internal ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <returns>False at the end of the message.</returns>
    public bool TryReadTag(out int field, out int wireType)
    {
        if (_position >= _data.Length)
        {
            field = wireType = 0;
            return false;
        }

        var tag = ReadVarint();
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        if (field == 0)
        {
            throw new InvalidDataException("A protobuf field number is 0.");
        }

        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = Take(1)[0];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("A protobuf varint is longer than 10 bytes.");
    }

    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadVarint();
        return length > int.MaxValue ? throw new InvalidDataException("A protobuf field is longer than 2 GB.") : Take((int)length);
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadBytes());

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                Take(8);
                break;
            case LengthDelimited:
                ReadBytes();
                break;
            case Fixed32:
                Take(4);
                break;
            default:
                throw new InvalidDataException($"Protobuf wire type {wireType} is not one proto3 uses.");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new InvalidDataException("A protobuf message ends in the middle of a field.");
        }

        var taken = _data.Slice(_position, count);
        _position += count;
        return taken;
    }
}
