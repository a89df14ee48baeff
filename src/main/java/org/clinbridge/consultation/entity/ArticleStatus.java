package org.clinbridge.consultation.entity;

/**
 * Who may read a knowledge-base article: DRAFT and INTERNAL the station alone (a draft is being
 * written, an internal article is station practice not for askers), PUBLIC anyone, without signing
 * in.
 */
public enum ArticleStatus {
  DRAFT,
  INTERNAL,
  PUBLIC
}
