package dev.camelkling.examples;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server in this JVM: S3Proxy with an in-memory or a filesystem blob store, on a free port of
 * 127.0.0.1, checking AWS signatures (V2 or V4) against one access key pair.
 */
final class LocalS3 implements AutoCloseable {

    static final String ACCESS_KEY = "local-access";
    static final String SECRET_KEY = "local-secret";
    static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private S3Client client;

    private LocalS3(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /** Objects kept in memory. */
    static LocalS3 start() throws Exception {
        return start(BlobStores.create("transient", new Properties()));
    }

    /** Objects kept as files: {@code <baseDir>/<bucket>/<key>}. */
    static LocalS3 start(Path baseDir) throws Exception {
        Files.createDirectories(baseDir);
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", baseDir.toAbsolutePath().toString());
        return start(BlobStores.create("filesystem", properties));
    }

    private static LocalS3 start(BlobStore blobStore) throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // no need to wait for open connections when a test is over
                .stopTimeout(0)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                proxy.stop();
                throw new IllegalStateException("S3Proxy did not start within 10 s: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        return new LocalS3(proxy);
    }

    /** {@code http://127.0.0.1:<port>}: the {@code s3.endpoint} setting. */
    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The object's bytes, read back with a plain AWS SDK client. */
    byte[] object(String bucket, String key) {
        ResponseBytes<GetObjectResponse> bytes = client().getObjectAsBytes(b -> b.bucket(bucket).key(key));
        return bytes.asByteArray();
    }

    String contentType(String bucket, String key) {
        return client().headObject(b -> b.bucket(bucket).key(key)).contentType();
    }

    List<String> keys(String bucket) {
        return client().listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    private synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(URI.create(endpoint()))
                    .region(Region.of(REGION))
                    .forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                            SECRET_KEY)))
                    .build();
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        try {
            proxy.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
