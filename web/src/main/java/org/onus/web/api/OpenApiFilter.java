package org.onus.web.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The two refusals every operation of a kind can give, so no operation forgets them: 401 on every
 * operation that needs a token, and 400 on every operation with a request body, since any body may
 * fail to parse. Public operations ({@code @SecurityRequirements} with none) are written as
 * {@code security: [{}]}. What else an operation can answer is stated on the operation itself
 * ({@link ApiDocs}). Registered as {@code mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    item.getOperations().entrySet()) {
                Operation operation = e.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                List<SecurityRequirement> security = operation.getSecurity();
                if (security != null && security.isEmpty()) {
                    // WildFly's host-level model copies an operation's requirements one by one, so an
                    // empty list would vanish and the operation would inherit the bearer requirement.
                    // One empty requirement says the same (no credentials needed) and survives.
                    security = List.of(OASFactory.createSecurityRequirement());
                    operation.setSecurity(security);
                }
                boolean secured = security == null ? securedByDefault : needsCredentials(security);
                if (secured) {
                    addRef(responses, "401", ApiDocs.UNAUTHORIZED);
                }
                if (operation.getRequestBody() != null) {
                    addRef(responses, "400", ApiDocs.BAD_REQUEST);
                }
                // Success first, then refusals by status: the order a reader looks for them in.
                responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
            }
        }
    }

    /** Whether every alternative names a scheme: an empty requirement lets anyone in. */
    static boolean needsCredentials(List<SecurityRequirement> alternatives) {
        return !alternatives.isEmpty()
                && alternatives.stream()
                        .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    private static void addRef(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
