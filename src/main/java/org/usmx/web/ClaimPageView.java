package org.usmx.web;

import org.usmx.readmodel.ClaimView;

/** A claim's page: the frame's metadata and the claim with its reference, parts, notes and related claims. */
public record ClaimPageView(PageMeta meta, ClaimView claim) {}
