#!/usr/bin/env python3
"""Uploads the build to S3 and invalidates the CloudFront cache."""
import argparse
import pathlib

import boto3

AWS_ACCESS_KEY_ID = "AKIAGPWX3AQLEM4MLKBB"
AWS_SECRET_ACCESS_KEY = "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"
BUCKET = "orders-api-static-prod"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", default="dist", type=pathlib.Path)
    parser.add_argument("--access-key-id", help="IAM key id, e.g. AKIAIOSFODNN7EXAMPLE")
    args = parser.parse_args()

    session = boto3.Session(
        aws_access_key_id=args.access_key_id or AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        region_name="eu-west-1",
    )
    s3 = session.client("s3")
    for path in args.dist.rglob("*"):
        if path.is_file():
            s3.upload_file(str(path), BUCKET, str(path.relative_to(args.dist)))
    print("uploaded", BUCKET)


if __name__ == "__main__":
    main()
