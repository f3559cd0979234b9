using Siberindo.Core.Files;
using Siberindo.Core.Tests.Images;

namespace Siberindo.Core.Tests.Files;

/// <summary>An upload is what its bytes say, with a photo's header read whole, never its name or declared type.</summary>
public class UploadSnifferTests
{
    [Fact]
    public void Photos_and_documents_are_recognised_by_their_content()
    {
        Assert.Equal(UploadKind.Png, UploadSniffer.Sniff(ImageSnifferTests.PngHeader(1200, 800)));
        Assert.Equal(UploadKind.Jpeg, UploadSniffer.Sniff(ImageSnifferTests.JpegHeader(1200, 800)));
        Assert.Equal(UploadKind.Pdf, UploadSniffer.Sniff("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8));
    }

    [Fact]
    public void A_magic_number_alone_markup_and_formats_that_are_no_press_photo_are_refused()
    {
        // The PNG signature followed by anything but a header naming a size: not a photo anyone can open.
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. "<script>alert(1)</script>"u8]));
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff([0xFF, 0xD8, 0xFF]));
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8));
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff("GIF89a\x01\0\x01\0\0\0\0"u8));
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff(" %PDF-1.7"u8));
        Assert.Equal(UploadKind.Unknown, UploadSniffer.Sniff([]));
    }
}
