package org.tomoni.shell;

import java.util.Arrays;
import java.util.Optional;

/** How large all text (and with it every control) is drawn, relative to Tomoni's 18 px base. */
public enum TextSize {
    STANDARD(100),
    LARGE(150),
    LARGEST(200);

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public static Optional<TextSize> ofPercent(int percent) {
        return Arrays.stream(values()).filter(size -> size.percent == percent).findFirst();
    }
}
