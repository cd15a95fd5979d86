package org.kintsugi.itests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Karaf feature repository holding the test module, as a real module ships one beside its bundle. */
final class TestModuleFeature {
    static final String NAME = "kintsugi-it-echo";

    private TestModuleFeature() {
    }

    static URI write() throws IOException {
        String bundle = new File(System.getProperty("kintsugi.it.module")).toURI().toString();
        Path file = Files.createTempFile("kintsugi-it-features", ".xml");
        Files.writeString(file, "<features name=\"kintsugi-it\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"" + NAME + "\" version=\"0.1.0\">\n"
                + "    <bundle>" + bundle + "</bundle>\n"
                + "  </feature>\n</features>\n", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file.toUri();
    }
}
