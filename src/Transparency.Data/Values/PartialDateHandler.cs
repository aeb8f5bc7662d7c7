using System.Data;
using Dapper;

namespace Transparency.Data.Values;

/// <summary>
/// Reads a date column (<c>'2025-02'</c>) into a <see cref="PartialDate"/>. One column is enough because the
/// text's shape is its precision (schema.sql refuses a <c>*_precision</c> that disagrees with its date), so no
/// query has to combine two columns and none of the SQL had to change. Nullable columns read as PartialDate?.
/// </summary>
internal sealed class PartialDateHandler : SqlMapper.TypeHandler<PartialDate>
{
    public override PartialDate Parse(object value) => PartialDate.Parse((string)value);

    public override void SetValue(IDbDataParameter parameter, PartialDate value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value.ToString();
    }
}
