package org.clinbridge.ip.entity;

/** The three kinds of Chinese patent. Only an invention patent is examined for substance. */
public enum PatentKind {
  INVENTION,
  UTILITY_MODEL,
  DESIGN
}
