"""Boilerplate that is never article body: related lists, share bars, menus, footers.

Class and id values are matched as words ("list_news_relation_top" -> "list news relation top");
labels are the headings Vietnamese news sites put over such blocks.
"""

from __future__ import annotations

RELATED_CLASS_WORDS = ("related", "relation", "lien quan", "cung chuyen muc", "tin moi")
JUNK_CLASS_WORDS = RELATED_CLASS_WORDS + (
    "most view",
    "xem nhieu",
    "sidebar",
    "share",
    "social",
    "comment",
    "binh luan",
    "breadcrumb",
    "menu",
    "navbar",
    "footer",
    "banner",
    "ads",
    "advert",
    "box tag",
    "tags",
)
JUNK_LABELS = (
    "Bài viết liên quan",
    "Tin liên quan",
    "Tin cùng chuyên mục",
    "Đọc thêm",
    "Xem thêm",
    "Tin mới",
    "Tin mới nhất",
    "Tin nóng",
    "Bình luận",
    "Chia sẻ",
    "Có thể bạn quan tâm",
)
