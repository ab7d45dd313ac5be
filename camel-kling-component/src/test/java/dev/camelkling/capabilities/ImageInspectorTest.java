package dev.camelkling.capabilities;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.camelkling.capabilities.ImageInspector.Format;
import dev.camelkling.capabilities.ImageInspector.ImageInfo;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInspectorTest {

    @Test
    void pngFormatAndSizeAreReadFromTheHeader() {
        assertThat(ImageInspector.inspect(TestSupport.png(640, 360))).contains(new ImageInfo(Format.PNG, 640, 360));
    }

    @Test
    void jpegFormatAndSizeAreReadFromTheHeader() {
        assertThat(ImageInspector.inspect(TestSupport.jpeg(301, 700))).contains(new ImageInfo(Format.JPEG, 301, 700));
    }

    @Test
    void gifIsNotAnAcceptedFormat() {
        byte[] gif = TestSupport.gif(640, 360);
        assertThat(ImageInspector.detectFormat(gif)).isEmpty();
        assertThat(ImageInspector.inspect(gif)).isEmpty();
    }

    @Test
    void pngMagicFollowedByGarbageIsDetectedButUnreadable() {
        byte[] data = Arrays.copyOf(TestSupport.png(640, 360), 12); // magic plus a cut-off IHDR
        assertThat(ImageInspector.detectFormat(data)).contains(Format.PNG);
        assertThat(ImageInspector.inspect(data)).isEmpty();
    }

    @Test
    void emptyAndNullDataHaveNoFormat() {
        assertThat(ImageInspector.detectFormat(new byte[0])).isEmpty();
        assertThat(ImageInspector.detectFormat(null)).isEmpty();
    }
}
