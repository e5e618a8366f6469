package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;

import org.junit.jupiter.api.Test;

class SrgbProfileTest {
    @Test
    void isAnRgbDisplayProfileThatMapsLikeSrgb() {
        byte[] bytes = SrgbProfile.bytes();
        assertThat(bytes).isEqualTo(SrgbProfile.bytes());
        ICC_Profile p = ICC_Profile.getInstance(bytes);
        assertThat(p.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
        assertThat(p.getProfileClass()).isEqualTo(ICC_Profile.CLASS_DISPLAY);
        assertThat(p.getMajorVersion()).isEqualTo(2);
        // mid grey and a saturated red come out as the runtime's own sRGB puts them, within rounding
        ICC_ColorSpace ours = new ICC_ColorSpace(p);
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        for (float[] rgb : new float[][] {{0.5f, 0.5f, 0.5f}, {1f, 0f, 0f}, {0.2f, 0.6f, 0.9f}}) {
            float[] a = ours.toCIEXYZ(rgb);
            float[] b = srgb.toCIEXYZ(rgb);
            for (int i = 0; i < 3; i++) {
                assertThat(a[i]).isCloseTo(b[i], org.assertj.core.data.Offset.offset(0.01f));
            }
        }
    }
}
