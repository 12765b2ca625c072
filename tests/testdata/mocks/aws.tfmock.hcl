# Mock values for `terraform test` with mock_provider "aws". Without them the
# provider's own validation refuses the random strings a mock invents for
# computed attributes that other resources use as ARNs. Values are shaped
# like real ones and point at nothing.

mock_resource "aws_iam_role" {
  defaults = {
    arn = "arn:aws:iam::111122223333:role/mock"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:us-east-1:111122223333:log-group:mock"
  }
}

mock_resource "aws_kms_key" {
  defaults = {
    arn = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000"
  }
}

mock_resource "aws_iam_openid_connect_provider" {
  defaults = {
    arn = "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/MOCK"
  }
}

mock_resource "aws_eks_cluster" {
  defaults = {
    arn      = "arn:aws:eks:us-east-1:111122223333:cluster/mock"
    endpoint = "https://MOCK.gr7.us-east-1.eks.amazonaws.com"
    identity = [{ oidc = [{ issuer = "https://oidc.eks.us-east-1.amazonaws.com/id/MOCK" }] }]
    certificate_authority = [{ data = "TU9DSw==" }]
  }
}

mock_resource "aws_launch_template" {
  defaults = {
    id             = "lt-0123456789abcdef0"
    latest_version = 1
  }
}

mock_resource "aws_sqs_queue" {
  defaults = {
    arn = "arn:aws:sqs:us-east-1:111122223333:mock"
    url = "https://sqs.us-east-1.amazonaws.com/111122223333/mock"
  }
}

mock_resource "aws_s3_bucket" {
  defaults = {
    arn = "arn:aws:s3:::mock"
  }
}

mock_resource "aws_iam_policy" {
  defaults = {
    arn = "arn:aws:iam::111122223333:policy/mock"
  }
}

mock_resource "aws_iam_instance_profile" {
  defaults = {
    arn = "arn:aws:iam::111122223333:instance-profile/mock"
  }
}

mock_resource "aws_msk_cluster" {
  defaults = {
    arn = "arn:aws:kafka:us-east-1:111122223333:cluster/mock/00000000-0000-0000-0000-000000000000-1"
  }
}

mock_resource "aws_msk_configuration" {
  defaults = {
    arn = "arn:aws:kafka:us-east-1:111122223333:configuration/mock/00000000-0000-0000-0000-000000000000-1"
    latest_revision = 1
  }
}

mock_resource "aws_ecr_repository" {
  defaults = {
    arn = "arn:aws:ecr:us-east-1:111122223333:repository/mock"
  }
}

mock_resource "aws_backup_vault" {
  defaults = {
    arn = "arn:aws:backup:us-east-1:111122223333:backup-vault:mock"
  }
}

mock_resource "aws_sns_topic" {
  defaults = {
    arn = "arn:aws:sns:us-east-1:111122223333:mock"
  }
}

mock_resource "aws_cloudwatch_event_rule" {
  defaults = {
    arn = "arn:aws:events:us-east-1:111122223333:rule/mock"
  }
}
