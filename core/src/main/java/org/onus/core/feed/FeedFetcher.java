package org.onus.core.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/**
 * Fetches a feed document or signature from a URL a regulator typed, guarded against server-side
 * request forgery: https only (http when allowed), only hosts on the configured allow-list (none by
 * default: URL import is off until an operator names the hosts), no user info, no redirects, and
 * no loopback, link-local, site-local or multicast address unless allowed; a size and a time limit.
 */
final class FeedFetcher {

    private final FeedSettings.FetchLimits limits;

    FeedFetcher(FeedSettings.FetchLimits limits) {
        this.limits = limits;
    }

    /**
     * @param field the form field the URL came from, for the problem
     * @throws InvalidInputException when the URL is not allowed or cannot be fetched
     */
    byte[] fetch(String url, String field) {
        URI uri = check(url, field);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(limits.timeoutSeconds()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(java.net.ProxySelector.of(null))
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(limits.timeoutSeconds()))
                .header("Accept", "application/json, application/jose, text/plain")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw InvalidInputException.of(
                            field, uri.getHost() + " answered HTTP " + response.statusCode() + " for " + uri);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) {
                    throw InvalidInputException.of(
                            field, "The file at " + uri + " is larger than " + limits.maxBytes() + " bytes");
                }
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw InvalidInputException.of(
                    field, uri.getHost() + " did not answer within " + limits.timeoutSeconds() + " seconds");
        } catch (IOException e) {
            throw InvalidInputException.of(field, "Could not fetch " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvalidInputException.of(field, "Interrupted while fetching " + uri);
        }
    }

    /** The URL, if every rule allows it. */
    URI check(String url, String field) {
        if (limits.allowedHosts().isEmpty()) {
            throw InvalidInputException.of(
                    field,
                    "Importing from a URL is switched off here: an operator names the hosts feeds may be fetched from"
                            + " (ONUS_FEED_IMPORT_ALLOWED_HOSTS); upload the files instead");
        }
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw InvalidInputException.of(field, "\"" + url + "\" is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && limits.allowHttp())) {
            throw InvalidInputException.of(field, "Only https:// addresses are fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInputException.of(field, "An address with a user name or password is not fetched");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!limits.allowedHosts().contains(host)) {
            throw InvalidInputException.of(
                    field,
                    host + " is not on the list of hosts feeds may be fetched from ("
                            + String.join(", ", limits.allowedHosts()) + ")");
        }
        if (!limits.allowPrivateAddresses()) {
            try {
                for (InetAddress a : InetAddress.getAllByName(host)) {
                    if (a.isLoopbackAddress()
                            || a.isLinkLocalAddress()
                            || a.isSiteLocalAddress()
                            || a.isAnyLocalAddress()
                            || a.isMulticastAddress()
                            || isUniqueLocal(a)) {
                        throw InvalidInputException.of(
                                field, host + " is an internal address; feeds are fetched from public hosts only");
                    }
                }
            } catch (UnknownHostException e) {
                throw InvalidInputException.of(field, "There is no host " + host);
            }
        }
        return uri;
    }

    /** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }
}
