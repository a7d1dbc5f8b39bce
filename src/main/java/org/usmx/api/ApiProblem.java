package org.usmx.api;

/**
 * An error the API reports as RFC 9457 problem+json: status, a short title and a detail that
 * says what was wrong with the request and where (which parameter).
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badParameter(String name, String detail) {
        return new ApiProblem(400, "Bad parameter: " + name, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public int status() { return status; }

    public String title() { return title; }
}
