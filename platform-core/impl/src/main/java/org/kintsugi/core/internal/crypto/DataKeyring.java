package org.kintsugi.core.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts contact details, kept in a file outside the database so a database copy
 * alone reveals nothing. Generated on first start, readable by the owner only.
 */
@Component(service = DataKeyring.class, configurationPid = DataKeyConfig.PID)
@Designate(ocd = DataKeyConfig.class)
public class DataKeyring {
    private static final Logger LOG = LoggerFactory.getLogger(DataKeyring.class);

    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    @Activate
    public DataKeyring(DataKeyConfig config) throws IOException, NoSuchAlgorithmException {
        Path file = config.key_file().isBlank()
                ? Paths.get(System.getProperty("karaf.etc", "etc"), "kintsugi-data.key") : Paths.get(config.key_file());
        SecretKey key = load(file);
        this.cipher = new FieldCipher(key);
        this.blindIndex = new BlindIndex(key.getEncoded());
    }

    public FieldCipher cipher() {
        return cipher;
    }

    /** Keyed hashes of names' words, for finding a case by a participant's name (its own key, from this one). */
    public BlindIndex blindIndex() {
        return blindIndex;
    }

    private static SecretKey load(Path file) throws IOException, NoSuchAlgorithmException {
        if (!Files.exists(file)) {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            String encoded = Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.write(file, (encoded + "\n").getBytes(StandardCharsets.UTF_8));
            LOG.warn("Created the data encryption key {}. Back it up apart from the database: without it, "
                    + "contact details cannot be read. Every node needs the same file.", file);
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
        if (key.length != 32) {
            throw new IllegalStateException("The data key in " + file + " is not a base64 AES-256 key");
        }
        return new SecretKeySpec(key, "AES");
    }
}
