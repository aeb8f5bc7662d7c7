using System.Data;
using Dapper;

namespace Transparency.Data.Values;

/// <summary>
/// Reads a vocabulary column (<c>'court-ruling'</c>) into its enum, and writes the enum back as that text.
/// Dapper consults it for enums only with <c>SqlMapper.Settings.PreferTypeHandlersForEnums</c> (Dapper 2.1.79+);
/// without that, Dapper's own Enum.Parse would fail on the hyphen.
/// </summary>
internal sealed class VocabularyHandler<T> : SqlMapper.TypeHandler<T> where T : struct, Enum
{
    public override T Parse(object value) => Vocabulary.Parse<T>((string)value);

    public override void SetValue(IDbDataParameter parameter, T value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = Vocabulary.Text(value);
    }
}
