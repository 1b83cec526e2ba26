package id.anjungan.kiosk.config;

/** A window size in pixels, written as "1920x1080". */
public record WindowSize(int width, int height) {
    public WindowSize {
        if (width < 320 || height < 320) {
            throw new InvalidConfigException("a kiosk window needs at least 320x320 pixels, got " + width + "x" + height);
        }
    }

    public static WindowSize parse(String text) {
        String[] parts = text.trim().toLowerCase().split("x");
        if (parts.length != 2) {
            throw new InvalidConfigException("a window size looks like 1920x1080, got '" + text + "'");
        }
        try {
            return new WindowSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("a window size looks like 1920x1080, got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
