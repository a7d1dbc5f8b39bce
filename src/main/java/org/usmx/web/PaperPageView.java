package org.usmx.web;

import org.usmx.readmodel.PaperView;

/** A source paper's page: frame metadata and the paper. */
public record PaperPageView(PageMeta meta, PaperView paper) {}
