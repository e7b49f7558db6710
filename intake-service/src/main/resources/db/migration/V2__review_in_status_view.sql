-- Why a person looks at a refund and by when (http-api.md: the status view's `review` while UNDER_REVIEW).
alter table refund_view add column review text;
