package org.onus.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ServletInfo;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import org.onus.web.OnusApplication;

/**
 * Gives the JAX-RS servlet multipart support, so that uploads are read with the Servlet part API:
 * streamed to a temporary file past 1 MiB, never held whole in memory, and the CSRF token of a
 * form is readable as an ordinary parameter. WildFly creates that servlet from
 * {@code @ApplicationPath} and offers no descriptor setting for it; Undertow's deployment hook
 * (registered in {@code META-INF/services/io.undertow.servlet.ServletExtension}) does. The size
 * limit is the application's own ({@code onus.evidence.max-bytes}), checked while streaming.
 */
public class MultipartSupport implements ServletExtension {

    static final long THRESHOLD = 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        ServletInfo jaxrs = deployment.getServlets().get(OnusApplication.class.getName());
        // RFC 7578: browsers send file names (and fields) as raw UTF-8; without this Undertow reads
        // them as ISO-8859-1 and 发票.pdf is kept as mojibake.
        deployment.setDefaultRequestEncoding(StandardCharsets.UTF_8.name());
        if (jaxrs != null && jaxrs.getMultipartConfig() == null) {
            jaxrs.setMultipartConfig(new MultipartConfigElement(null, -1, -1, (int) THRESHOLD));
        }
    }
}
