package org.usmx.web;

import org.usmx.readmodel.EntityView;

/** An entity's page: the frame's metadata and the entity as statements with references. */
public record EntityPageView(PageMeta meta, EntityView entity) {}
