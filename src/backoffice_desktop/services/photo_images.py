"""Turning a photo file as cameras and suppliers produce it into web images (Pillow, no store).

What arrives: phone photos lying on their side (EXIF orientation), CMYK print files,
16-bit PNGs, transparent PNGs, animated GIFs, huge ICC profiles, GPS in the EXIF,
truncated downloads, files that aren't pictures, and decompression bombs. What leaves:
an sRGB 8-bit WebP of at most :data:`WEB_SIDE` px on the long side and a thumbnail of
:data:`THUMB_SIDE` px, without any metadata; transparency is kept (WebP has alpha).

Pillow's pixel limit (``Image.MAX_IMAGE_PIXELS``) is never lifted: a picture above it
is refused before it is decoded.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageMath, ImageOps, UnidentifiedImageError

from ..errors import ValidationError

#: Longest side of the photo the website shows, in pixels (never enlarged).
WEB_SIDE = 1200
#: Longest side of the thumbnail (lists, the photos panel).
THUMB_SIDE = 300
WEB_QUALITY = 82
THUMB_QUALITY = 75
#: libwebp's effort (0-6): 2 encodes a 1200 px photo in half the time of 4 for ~1 % more bytes.
WEBP_METHOD = 2
#: Largest file accepted (a 50 MP camera JPEG is ~25 MB; a print TIFF more).
MAX_FILE_BYTES = 80 * 1024 * 1024
MIME_TYPE = "image/webp"

_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class WebImages:
    """The normalised photo and its thumbnail, WebP-encoded."""

    image: bytes
    thumb: bytes
    width: int
    height: int


def _bomb(width: int, height: int) -> ValidationError:
    return ValidationError(
        "The picture is too large to open safely ({width}×{height} pixels); it may be a decompression bomb.",
        width=width, height=height,
    )


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert through the embedded colour profile when there is one (Adobe RGB, CMYK
    press profiles...); a profile that can't be used is ignored, not fatal."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L", "LA"):
        return image
    target = "RGBA" if image.mode in ("RGBA", "LA") else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=target)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image
    return converted if converted is not None else image


def _high_depth_to_8bit(image: Image.Image) -> Image.Image:
    """16-bit and 32-bit greyscale to 8-bit (scaled, not clipped), keeping a tRNS
    transparent grey as alpha."""
    transparent = image.info.get("transparency")
    wide = image.convert("F")
    _low, high = wide.getextrema()
    scale = 255 / 65535 if high > 255 else 1.0
    grey = wide.point(lambda v: v * scale).convert("L")
    if isinstance(transparent, int):
        alpha = ImageMath.lambda_eval(lambda a: (a["im"] != transparent) * 255, im=image.convert("I"))
        return Image.merge("RGBA", (grey, grey, grey, alpha.convert("L")))
    return grey.convert("RGB")


def _to_web_mode(image: Image.Image) -> Image.Image:
    """RGB, or RGBA when the picture really has transparent pixels."""
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = _high_depth_to_8bit(image)
    elif image.mode == "CMYK" or image.mode not in ("RGB", "RGBA"):
        has_alpha = image.mode in ("LA", "PA", "RGBa", "La") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    if image.mode == "RGBA":
        low, _high = image.getchannel("A").getextrema()
        if low == 255:
            image = image.convert("RGB")
    return image


def _webp(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    # A fresh encode without exif=, icc_profile= or xmp=: no metadata travels along.
    image.save(out, "WEBP", quality=quality, method=WEBP_METHOD)
    return out.getvalue()


def make_web_images(data: bytes) -> WebImages:
    """Check and convert one photo file's bytes; raises :class:`ValidationError` saying
    what is wrong with the file (the caller adds its name)."""
    if not data:
        raise ValidationError("The file is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("The file is too large ({size} MB); the limit is {limit} MB.",
                              size=round(len(data) / 1024 / 1024, 1), limit=MAX_FILE_BYTES // 1024 // 1024)
    try:
        with warnings.catch_warnings():
            # Pillow warns between its limit and twice that; such a picture is refused below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
        with opened:
            width, height = opened.size
            limit = Image.MAX_IMAGE_PIXELS
            if limit is not None and width * height > limit:
                raise _bomb(width, height)
            opened.seek(0)  # animations and multi-page files: the first frame
            if opened.format == "JPEG":
                # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the result still covers
                # the web size: a 12 MP photo decodes several times faster.
                long_side = max(width, height)
                if long_side > WEB_SIDE:
                    opened.draft(None, (width * WEB_SIDE // long_side, height * WEB_SIDE // long_side))
            opened.load()
            image = ImageOps.exif_transpose(opened)
            image = _to_srgb(image)
            image = _to_web_mode(image)
    except Image.DecompressionBombError:
        raise ValidationError("The picture is too large to open safely; it may be a decompression bomb.") from None
    except UnidentifiedImageError:
        raise ValidationError("The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…).") from None
    except (OSError, SyntaxError, ValueError, EOFError, ZeroDivisionError) as exc:
        raise ValidationError("The picture is damaged or incomplete and can't be read: {detail}",
                              detail=str(exc) or type(exc).__name__) from None
    web = image.copy()
    web.thumbnail((WEB_SIDE, WEB_SIDE), Image.Resampling.LANCZOS, reducing_gap=3.0)
    thumb = web.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    web.info.clear()
    thumb.info.clear()
    return WebImages(_webp(web, WEB_QUALITY), _webp(thumb, THUMB_QUALITY), web.width, web.height)
