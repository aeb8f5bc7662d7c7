using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Transparency.Web.Charts;

/// <summary>
/// Fonts for the PNG. The SkiaSharp native build without dependencies has no fontconfig, so it finds no
/// system font by name and would draw no text at all; load DejaVu (fonts-dejavu-core) from its files
/// instead, with the bold and oblique faces the chart labels ask for.
/// </summary>
public sealed class DejaVuTypefaces : ITypefaceProvider
{
    // The app carries DejaVu Sans (regular and bold, free license in Charts/Fonts) so a machine with only
    // the .NET SDK draws labelled PNGs; system copies are the fallback, and the only source of oblique.
    private static readonly string[] Folders =
        [Path.Combine(AppContext.BaseDirectory, "Charts", "Fonts"), "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts"];

    public static readonly DejaVuTypefaces Instance = new();

    private readonly SKTypeface? _regular = Load("DejaVuSans.ttf");
    private readonly SKTypeface? _bold = Load("DejaVuSans-Bold.ttf");
    private readonly SKTypeface? _oblique = Load("DejaVuSans-Oblique.ttf");
    private readonly SKTypeface? _boldOblique = Load("DejaVuSans-BoldOblique.ttf");

    /// <summary>Whether the fonts were found; without them the default providers are left to try.</summary>
    public bool Available => _regular is not null;

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        var bold = fontWeight >= SKFontStyleWeight.SemiBold;
        var slanted = fontStyle != SKFontStyleSlant.Upright;
        return (bold, slanted) switch
        {
            (true, true) => _boldOblique ?? _bold ?? _regular,
            (true, false) => _bold ?? _regular,
            (false, true) => _oblique ?? _regular,
            _ => _regular,
        };
    }

    private static SKTypeface? Load(string file) =>
        Folders.Select(folder => Path.Combine(folder, file)).Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(face => face is not null);
}
